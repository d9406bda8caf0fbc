import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { applyAppearance } from '../../components/shared/appearance';
import '../../components/shared/theme.css';
import '../../components/shared/form-messages.css';
import '../../components/options/options.css';

applyAppearance();
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
