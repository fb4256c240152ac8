// iframe-resizer's child script (version 4.4.5, MIT): a plain script with no exports, run for its
// effect (it answers iframe-resizer's parent; see useEmbedSize).
declare module 'iframe-resizer/js/iframeResizer.contentWindow.js';
