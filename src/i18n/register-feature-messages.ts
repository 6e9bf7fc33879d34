import { featureMessageModules } from './feature-messages';
import { registerMessages } from './index';

// Imported for its effect by the lazily loaded phase chunks and the PDF export.
registerMessages(featureMessageModules);
