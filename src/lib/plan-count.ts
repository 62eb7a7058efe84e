/** The shape of a stored plan's keys, apart so that light pages can test a key without the decoder. */

/** A field key, « step.group.n.field », lower case (this also keeps out « __proto__ »). */
export const PLAN_KEY_PATTERN = /^[a-z][a-z0-9-]{0,30}\.[a-z][a-z0-9-]{0,30}\.[1-9]\.[a-z][a-z0-9-]{0,30}$/;
