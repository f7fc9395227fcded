import '../../src/ui/popup.css';
import { mountPopup } from '../../src/popup';

mountPopup(document.getElementById('root')!);
