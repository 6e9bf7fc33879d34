// The new-workshop page carries the sector templates: it loads when a workshop is started.
export { NewWorkshopPage } from '../../features/workshops/new-workshop-page';
