import { readPageDataEarly } from '../page-settings';

// Imported by the annotator's bundle right after its start time is taken: the settings and the
// term index are on their way while the page is looked at and the article found.
readPageDataEarly();
