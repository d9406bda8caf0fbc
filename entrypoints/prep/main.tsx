import { render } from 'preact';
import '../../components/theme.css';

// Placeholder until the prep card lands: the meeting id comes from `?meeting=`.
const meetingId = new URLSearchParams(location.search).get('meeting') ?? '';
render(
  <main aria-label="Upward prep">{meetingId ? 'Prep card' : 'No meeting'}</main>,
  document.getElementById('app') as HTMLElement,
);
