import { render } from 'preact';
import { applyAppearance } from '../../components/shared/appearance';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import '../../components/shared/theme.css';
import '../../components/shared/form-messages.css';
import '../../components/welcome/welcome.css';

applyAppearance();
render(<WelcomePage />, document.getElementById('app') as HTMLElement);
