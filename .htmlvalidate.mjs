// html-validate configuration for the built site (tests/site/html.test.ts).
// Each rule turned off or changed says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own way; both forms are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'attribute-empty-style': 'off',
    // Astro minifies and does not indent its output: whitespace rules only measure the generator.
    'no-trailing-whitespace': 'off',
    // Scoped styles compile to class selectors; Astro adds data-astro-cid-* attributes.
    'attribute-misuse': 'error',
    // French text uses typographic quotes and apostrophes; raw « ' » in attributes is escaped by Astro.
    'no-raw-characters': ['error', { relaxed: true }],
    // Inline <script> for the theme (applied before first paint, to avoid a flash of the wrong theme)
    // and Astro's island loader are deliberate; CSP hashes cover them.
    'no-inline-style': 'off',
    // role="list" on styled lists is deliberate: Safari drops list semantics when list-style is none.
    'no-redundant-role': 'off',
    // A multiple-choice question is a group of checkboxes sharing one name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Long French titles legitimately exceed 70 characters.
    'long-title': 'off',
  },
};
