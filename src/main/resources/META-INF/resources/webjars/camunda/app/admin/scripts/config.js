// Settings of Camunda Admin for the task tracking system (replaces the webjar's config.js).
import {inLanguage, locales, vendor} from '../../tasktracking/language.js';

export default {
  app: {
    name: inLanguage({vi: 'Quản trị hệ thống', en: 'Admin'}),
    vendor
  },

  // Vietnamese unless the user chose English with ?lang=en (see ../../tasktracking/language.js).
  // Admin reads no dateFormat setting: it shows dates in the locale's long form, day first
  // in Vietnamese ("5 tháng 3 năm 2026 14:30").
  locales
};
