// Vietnamese month and day names in the date pickers, weeks from Monday.
//
// The date pickers (uib-datepicker) and AngularJS's date filter take their names from AngularJS's
// $locale, which stays English whatever the language of the webapp. Loaded through requireJsConfig
// by config.js of Tasklist and Cockpit; does nothing when the page is in English (language.js sets
// <html lang>).
define(['angular'], function (angular) {
  'use strict';

  function vietnamese() {
    return document.documentElement.lang === 'vi';
  }

  var MONTHS = ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6',
    'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'];
  var SHORT_MONTHS = ['Thg 1', 'Thg 2', 'Thg 3', 'Thg 4', 'Thg 5', 'Thg 6',
    'Thg 7', 'Thg 8', 'Thg 9', 'Thg 10', 'Thg 11', 'Thg 12'];
  var DAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
  var SHORT_DAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

  angular.module('tasktracking.datepicker', ['ui.bootstrap'])
    .config(['uibDatepickerConfig', function (datepicker) {
      if (vietnamese()) {
        datepicker.formatDayTitle = "MMMM 'năm' yyyy";
        datepicker.startingDay = 1;
      }
    }])
    .run(['$locale', function ($locale) {
      if (vietnamese()) {
        var formats = $locale.DATETIME_FORMATS;
        formats.MONTH = MONTHS;
        formats.STANDALONEMONTH = MONTHS;
        formats.SHORTMONTH = SHORT_MONTHS;
        formats.DAY = DAYS;
        formats.SHORTDAY = SHORT_DAYS;
        formats.FIRSTDAYOFWEEK = 0; // Monday
      }
    }]);
});
