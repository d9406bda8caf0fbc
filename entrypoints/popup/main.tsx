import { render } from 'preact';
import { startEarlyReads } from '../../components/popup/early-reads';
import { PopupPage } from '../../components/popup/PopupPage';
import { applyAppearance } from '../../components/shared/appearance';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

// Marks when Upward's own code starts, so the benchmark can tell the browser's share from ours.
performance.mark('upward:script');
// The store opens while the page draws; the box is focused without waiting for it.
const early = startEarlyReads();
applyAppearance();
render(<PopupPage early={early} />, document.getElementById('app') as HTMLElement);
