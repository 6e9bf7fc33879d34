/** The report screen; jsPDF itself loads only when exporting. */
import '../../i18n/register-feature-messages';
export { ReportPage } from '../../features/report/report-page';
