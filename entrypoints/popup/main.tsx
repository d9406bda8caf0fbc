import { render } from 'preact';
import { PopupPage } from '../../components/PopupPage';
import '../../components/theme.css';
import './popup.css';

render(<PopupPage />, document.getElementById('app') as HTMLElement);
