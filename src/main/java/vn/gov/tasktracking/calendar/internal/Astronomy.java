package vn.gov.tasktracking.calendar.internal;

/**
 * The two astronomical quantities the Vietnamese calendar needs: instants of new moon and the
 * apparent longitude of the sun. Series after J. Meeus, "Astronomical Algorithms" (2nd ed.),
 * chapters 25 and 49; ΔT after the Espenak–Meeus polynomials. Accuracy is seconds for new moons and
 * about 0.01° (≈ 15 minutes) for the sun, which decides the calendar except when an event falls
 * within minutes of local midnight.
 */
final class Astronomy {

  /** Julian date of 1970-01-01T00:00 UT, so that epoch day d starts at JD_EPOCH + d. */
  static final double JD_UNIX_EPOCH = 2440587.5;

  private static final double J2000 = 2451545.0;
  private static final double MEAN_SYNODIC_MONTH = 29.530588861;

  /** Mean new moon of lunation k = 0 (6 January 2000). */
  private static final double FIRST_NEW_MOON_JDE = 2451550.09766;

  private Astronomy() {}

  /** Number of the lunation whose mean new moon is nearest before the given Julian date. */
  static long lunationBefore(double jd) {
    return (long) Math.floor((jd - FIRST_NEW_MOON_JDE) / MEAN_SYNODIC_MONTH);
  }

  /**
   * Instant of true new moon number k (k = 0 in January 2000), as Julian date in Universal Time.
   */
  static double newMoonUt(long k) {
    double jde = newMoonJde(k);
    return jde - deltaTSeconds(jde) / 86400.0;
  }

  /**
   * Apparent geocentric longitude of the sun, degrees in [0, 360), at a Julian date in Universal
   * Time.
   */
  static double sunLongitudeUt(double jdUt) {
    double jde = jdUt + deltaTSeconds(jdUt) / 86400.0;
    double t = (jde - J2000) / 36525.0;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double meanAnomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double centre =
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
            + 0.000289 * Math.sin(3 * meanAnomaly);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    // Aberration and nutation in longitude turn the true longitude into the apparent one.
    double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega);
    return normalizeDegrees(apparent);
  }

  /** New moon of lunation k in Dynamical Time (Meeus ch. 49, with the planetary corrections). */
  private static double newMoonJde(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        FIRST_NEW_MOON_JDE
            + MEAN_SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp =
        rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double correction =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);

    double planetary =
        0.000325 * Math.sin(rad(299.77 + 0.107408 * k - 0.009173 * t2))
            + 0.000165 * Math.sin(rad(251.88 + 0.016321 * k))
            + 0.000164 * Math.sin(rad(251.83 + 26.651886 * k))
            + 0.000126 * Math.sin(rad(349.42 + 36.412478 * k))
            + 0.000110 * Math.sin(rad(84.66 + 18.206239 * k))
            + 0.000062 * Math.sin(rad(141.74 + 53.303771 * k))
            + 0.000060 * Math.sin(rad(207.14 + 2.453732 * k))
            + 0.000056 * Math.sin(rad(154.84 + 7.306860 * k))
            + 0.000047 * Math.sin(rad(34.52 + 27.261239 * k))
            + 0.000042 * Math.sin(rad(207.19 + 0.121824 * k))
            + 0.000040 * Math.sin(rad(291.34 + 1.844379 * k))
            + 0.000037 * Math.sin(rad(161.72 + 24.198154 * k))
            + 0.000035 * Math.sin(rad(239.56 + 25.513099 * k))
            + 0.000023 * Math.sin(rad(331.55 + 3.592518 * k));
    return jde + correction + planetary;
  }

  /**
   * ΔT = TT − UT in seconds (Espenak–Meeus). It moves an event by about a minute, which matters
   * only for new moons close to midnight; before 1900 the 1900 value is kept, as the calendar is
   * not used that early.
   */
  static double deltaTSeconds(double jd) {
    double y = 2000.0 + (jd - J2000) / 365.25;
    if (y < 1900) {
      y = 1900;
    }
    if (y < 1920) {
      double t = y - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    if (y < 2150) {
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    return -20 + 32 * u * u;
  }

  private static double rad(double degrees) {
    return Math.toRadians(normalizeDegrees(degrees));
  }

  private static double normalizeDegrees(double degrees) {
    double d = degrees % 360.0;
    return d < 0 ? d + 360.0 : d;
  }
}
