/** Set at build time by astro.config.mjs: links to pages name their index.html (SCORM package). */
declare const __FILE_LINKS__: boolean;
