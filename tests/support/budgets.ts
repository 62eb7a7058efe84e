/** The lesson page's JavaScript budget (gzip bytes), shared by every test that weighs a lesson. */
export const LESSON_JS_BUDGET = 22.5 * 1024;
