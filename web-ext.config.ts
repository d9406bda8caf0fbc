import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser; this machine (and CI) has no display.
export default defineWebExtConfig({ disabled: true });
