import { render } from 'preact';
import { applyAppearance } from '../../components/appearance';
import { PrepCard } from '../../components/prep/PrepCard';
import '../../components/theme.css';
import '../../components/prep/prep.css';

// prep.html?meeting=<calendar event id>[&mode=tab][&scheme=dark|light]
const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'tab' ? 'tab' : 'frame';
const scheme = params.get('scheme');

document.documentElement.dataset.mode = mode;
// "System" appearance follows the calendar page's own scheme when it told us one.
applyAppearance(document.documentElement, scheme === 'dark' || scheme === 'light' ? scheme : undefined);
render(<PrepCard meetingId={params.get('meeting') ?? ''} mode={mode} />, document.getElementById('app') as HTMLElement);
