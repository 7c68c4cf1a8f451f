namespace Saas.Calendar;

/// <summary>
/// The two astronomical quantities the lunisolar calendar needs: instants of new moon and the Sun's apparent
/// longitude. Formulas from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.): ch. 49 (phases of the Moon, with
/// the periodic and planetary terms, accuracy about a minute) and ch. 25 (low-accuracy solar coordinates, about
/// 0.01°, i.e. ~15 minutes of solar-term time). Both work in dynamical time (TT), so results are converted to
/// universal time with ΔT.
/// </summary>
internal static class Astronomy
{
    private const double Deg = Math.PI / 180;

    /// <summary>Mean synodic month in days (Meeus 49.1).</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>JDE of the mean new moon k = 0 (2000-01-06).</summary>
    public const double NewMoonEpoch = 2451550.09766;

    /// <summary>Instant (Julian Ephemeris Day, TT) of the true new moon number <paramref name="k"/>; k = 0 is 2000-01-06.</summary>
    public static double NewMoonJde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var jde = NewMoonEpoch + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        var e = 1 - 0.002516 * t - 0.0000074 * t2; // eccentricity of the Earth's orbit, scales terms in M
        var m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * Deg;
        var mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * Deg;
        var f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * Deg;
        var om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * Deg;

        jde += -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(om)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        // Planetary perturbations (Meeus table 49.B).
        jde += 0.000325 * Sin(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * Sin(251.88 + 0.016321 * k)
            + 0.000164 * Sin(251.83 + 26.651886 * k)
            + 0.000126 * Sin(349.42 + 36.412478 * k)
            + 0.000110 * Sin(84.66 + 18.206239 * k)
            + 0.000062 * Sin(141.74 + 53.303771 * k)
            + 0.000060 * Sin(207.14 + 2.453732 * k)
            + 0.000056 * Sin(154.84 + 7.306860 * k)
            + 0.000047 * Sin(34.52 + 27.261239 * k)
            + 0.000042 * Sin(207.19 + 0.121824 * k)
            + 0.000040 * Sin(291.34 + 1.844379 * k)
            + 0.000037 * Sin(161.72 + 24.198154 * k)
            + 0.000035 * Sin(239.56 + 25.513099 * k)
            + 0.000023 * Sin(331.55 + 3.592518 * k);

        return jde;
    }

    /// <summary>Apparent geometric longitude of the Sun in degrees [0, 360) at <paramref name="jde"/> (TT).</summary>
    public static double ApparentSolarLongitude(double jde)
    {
        var t = (jde - 2451545.0) / 36525;
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
        var c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Sin(m)
            + (0.019993 - 0.000101 * t) * Sin(2 * m)
            + 0.000289 * Sin(3 * m);
        var omega = 125.04 - 1934.136 * t;
        // Nutation and aberration (Meeus 25.8) turn the true longitude into the apparent one.
        var lambda = l0 + c - 0.00569 - 0.00478 * Sin(omega);
        lambda %= 360;
        return lambda < 0 ? lambda + 360 : lambda;
    }

    public static double UniversalToDynamical(double jdUt) => jdUt + DeltaTSeconds(YearOf(jdUt)) / 86400;

    public static double DynamicalToUniversal(double jde) => jde - DeltaTSeconds(YearOf(jde)) / 86400;

    /// <summary>
    /// ΔT = TT − UT in seconds: Espenak &amp; Meeus (2006) polynomials, written from memory of the NASA eclipse
    /// page (not re-checked against it). ΔT is about a minute in this era, so an error here could only move a
    /// new moon that falls within seconds of local midnight; the test suite pins the dates that matter.
    /// </summary>
    public static double DeltaTSeconds(double year)
    {
        switch (year)
        {
            case < 1900:
                {
                    var t = year - 1860;
                    return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.Pow(t, 3)
                        - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
                }
            case < 1920:
                {
                    var t = year - 1900;
                    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.Pow(t, 3) - 0.000197 * Math.Pow(t, 4);
                }
            case < 1941:
                {
                    var t = year - 1920;
                    return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.Pow(t, 3);
                }
            case < 1961:
                {
                    var t = year - 1950;
                    return 29.07 + 0.407 * t - t * t / 233 + Math.Pow(t, 3) / 2547;
                }
            case < 1986:
                {
                    var t = year - 1975;
                    return 45.45 + 1.067 * t - t * t / 260 - Math.Pow(t, 3) / 718;
                }
            case < 2005:
                {
                    var t = year - 2000;
                    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3)
                        + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
                }
            case < 2050:
                {
                    var t = year - 2000;
                    return 62.92 + 0.32217 * t + 0.005589 * t * t;
                }
            case < 2150:
                {
                    var u = (year - 1820) / 100;
                    return -20 + 32 * u * u - 0.5628 * (2150 - year);
                }
            default:
                {
                    var u = (year - 1820) / 100;
                    return -20 + 32 * u * u;
                }
        }
    }

    private static double YearOf(double jd) => 2000 + (jd - 2451545.0) / 365.25;

    private static double Sin(double degrees) => Math.Sin(degrees * Deg);
}
