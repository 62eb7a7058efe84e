/** Set at build time by astro.config.mjs: this build is the SCORM package (SCORM=1). */
declare const __SCORM_PACKAGE__: boolean;
