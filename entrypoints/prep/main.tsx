import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CardStoreProvider } from '../../components/prep/card-store';
import { followHost } from '../../components/prep/frame';
import { PrepCard } from '../../components/prep/PrepCard';
import { followAppearance } from '../../components/shared/follow-appearance';
import { remoteCardStore } from '../../lib/prep/remote-store';
import '../../components/shared/theme.css';
import '../../components/prep/prep.css';

// prep.html?meeting=<calendar event id>[&mode=tab][&scheme=dark|light][&view=wrap-up|folded][&frame=<name>]
// In the calendar's frame without a meeting, the card is kept ready: the frame host names it later.
const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'tab' ? 'tab' : 'frame';
const scheme = params.get('scheme');

document.documentElement.dataset.mode = mode;
// The store is reached through the background, never opened here (see lib/prep/card-calls.ts).
const store = remoteCardStore(browser.runtime);
// "System" appearance follows the calendar page's own scheme when it told us one.
followAppearance(document.documentElement, scheme === 'dark' || scheme === 'light' ? scheme : undefined, {
  read: () => store.call('appearance'),
  watch: (onChange) => store.watch(['settings'], onChange),
});
const asked = params.get('view');
const view = asked === 'wrap-up' || asked === 'folded' ? asked : 'card';
const show = (meetingId: string) =>
  render(
    <CardStoreProvider value={store}>
      <PrepCard key={meetingId} meetingId={meetingId} mode={mode} view={view} />
    </CardStoreProvider>,
    document.getElementById('app') as HTMLElement,
  );
const meeting = params.get('meeting');
if (meeting || mode === 'tab') show(meeting ?? '');
else void followHost(show);
