// Another copy of Lit on the page creates this policy when it loads; ours must not need it.
window.trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });
