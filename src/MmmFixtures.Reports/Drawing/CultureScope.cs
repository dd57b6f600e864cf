using System;
using System.Globalization;

namespace MmmFixtures.Reports.Drawing;

/// <summary>Runs drawing under the invariant culture: tick labels must not depend on the reader's locale (deterministic bytes).</summary>
internal readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _culture, _uiCulture;

    private CultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    public static CultureScope Invariant()
    {
        var scope = new CultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
