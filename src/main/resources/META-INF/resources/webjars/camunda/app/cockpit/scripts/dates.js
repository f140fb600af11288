// Cockpit's date formats, day first. Cockpit sets its own formats in code (the dateFormat
// setting of config.js is not read); this module, loaded through requireJsConfig in config.js,
// runs after Cockpit's and replaces them.
define(['angular'], function (angular) {
  'use strict';

  angular.module('tasktracking.dates', ['cam.commons.filter.date']).config([
    'camDateFormatProvider',
    function (camDateFormatProvider) {
      camDateFormatProvider.setDateFormat('DD/MM/YYYY HH:mm:ss', 'normal');
      camDateFormatProvider.setDateFormat('dddd, DD/MM/YYYY HH:mm:ss', 'long');
      camDateFormatProvider.setDateFormat('DD/MM/YYYY', 'short');
    }
  ]);
});
