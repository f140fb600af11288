// Settings of Camunda Cockpit for the task tracking system (replaces the webjar's config.js).
import {inLanguage, locales, vendor} from '../../tasktracking/language.js';

export default {
  app: {
    name: inLanguage({vi: 'Theo dõi quy trình', en: 'Cockpit'}),
    vendor
  },

  // Vietnamese unless the user chose English with ?lang=en (see ../../tasktracking/language.js).
  locales,

  // The managers' dashboard "Thống kê nhiệm vụ" (scripts/reports/dashboard.js), an ES module plugin.
  // The register "Sổ theo dõi nhiệm vụ" and the inbox's bell (scripts/tasktracking-record/plugin.js).
  customScripts: ['scripts/reports/dashboard', 'scripts/tasktracking-record/plugin'],

  // Cockpit ignores a dateFormat setting and shows dates as YYYY-MM-DDTHH:mm:ss;
  // scripts/dates.js puts the day first. ../../tasktracking/datepicker.js gives the date
  // pickers Vietnamese month and day names.
  requireJsConfig: {
    deps: ['tasktracking-dates', 'tasktracking-datepicker'],
    ngDeps: ['tasktracking.dates', 'tasktracking.datepicker'],
    paths: {
      'tasktracking-dates': 'scripts/dates',
      'tasktracking-datepicker': '../tasktracking/datepicker'
    }
  }
};
