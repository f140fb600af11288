// Settings of the Camunda Welcome page for the task tracking system (replaces the webjar's config.js).
import {inLanguage, locales, vendor} from '../../tasktracking/language.js';

export default {
  app: {
    name: inLanguage({vi: 'Trang chủ', en: 'Welcome'}),
    vendor
  },

  // Vietnamese unless the user chose English with ?lang=en (see ../../tasktracking/language.js).
  locales
};
