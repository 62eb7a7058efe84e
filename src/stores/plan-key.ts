/** The localStorage key of « Mon plan », apart so that pages can name it without loading the store. */
export const PLAN_KEY = 'msst:plan:v1';
