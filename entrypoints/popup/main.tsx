import { render } from 'preact';
import { applyAppearance } from '../../components/appearance';
import { PopupPage } from '../../components/PopupPage';
import '../../components/theme.css';
import './popup.css';

applyAppearance();
render(<PopupPage />, document.getElementById('app') as HTMLElement);
