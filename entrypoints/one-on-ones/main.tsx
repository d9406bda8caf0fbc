import { render } from 'preact';
import { HistoryPage } from '../../components/history/HistoryPage';
import { applyAppearance } from '../../components/shared/appearance';
import '../../components/shared/theme.css';
import '../../components/history/history.css';

// one-on-ones.html[?person=<person id>|none][#<item>]: an extension page, so it opens the store itself.
applyAppearance();
render(
  <HistoryPage personId={new URLSearchParams(location.search).get('person')} />,
  document.getElementById('app') as HTMLElement,
);
