import { render } from 'preact';
import { applyAppearance } from '../../components/appearance';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/theme.css';
import './options.css';

applyAppearance();
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
