using System.Linq;

namespace MmmFixtures.Mmm;

/// <summary>
/// The row columns of a panel (observable and truth) numbered 0..<see cref="Count"/>−1: y, spend per channel, exposure per
/// channel with a media unit, control values, event indicators, contributions, intercept, trend, seasonality, control
/// effects, event effects, noise and clamp (with ClampNegativeY). Generation writes a block of geos in this order, a streamed
/// export spills and reads it back in it, and a tile of rows holds its columns in it.
/// </summary>
internal sealed class MmmRowLayout
{
    private readonly int[] _exposure;
    private readonly int _channels, _controls, _events, _controlValues, _eventIndicators, _contributions, _controlEffects, _eventEffects;

    public MmmRowLayout(MmmSpec spec)
    {
        _channels = spec.Channels.Count;
        _controls = spec.Controls.Count;
        _events = spec.Events.Count;
        int next = 1 + _channels;
        _exposure = spec.Channels.Select(c => c.Unit == MediaUnit.None ? -1 : next++).ToArray();
        _controlValues = next;
        _eventIndicators = _controlValues + _controls;
        _contributions = _eventIndicators + _events;
        Intercept = _contributions + _channels;
        Trend = Intercept + 1;
        Seasonality = Intercept + 2;
        _controlEffects = Intercept + 3;
        _eventEffects = _controlEffects + _controls;
        Noise = _eventEffects + _events;
        Clamp = spec.ClampNegativeY ? Noise + 1 : -1;
        Count = Noise + (spec.ClampNegativeY ? 2 : 1);
    }

    /// <summary>The number of columns.</summary>
    public int Count { get; }

    /// <summary>y.</summary>
    public const int Y = 0;

    /// <summary>Spend of channel <paramref name="c"/>.</summary>
    public int Spend(int c) => 1 + c;

    /// <summary>Exposure of channel <paramref name="c"/>; −1 when it has no media unit.</summary>
    public int Exposure(int c) => _exposure[c];

    /// <summary>The value of control <paramref name="k"/>.</summary>
    public int ControlValue(int k) => _controlValues + k;

    /// <summary>The 0/1 indicator of event <paramref name="e"/>.</summary>
    public int EventIndicator(int e) => _eventIndicators + e;

    /// <summary>The contribution of channel <paramref name="c"/>.</summary>
    public int Contribution(int c) => _contributions + c;

    /// <summary>The intercept component.</summary>
    public int Intercept { get; }

    /// <summary>The trend component.</summary>
    public int Trend { get; }

    /// <summary>The seasonality component.</summary>
    public int Seasonality { get; }

    /// <summary>The effect of control <paramref name="k"/>.</summary>
    public int ControlEffect(int k) => _controlEffects + k;

    /// <summary>The effect of event <paramref name="e"/>.</summary>
    public int EventEffect(int e) => _eventEffects + e;

    /// <summary>The noise component.</summary>
    public int Noise { get; }

    /// <summary>The clamp component; −1 without ClampNegativeY.</summary>
    public int Clamp { get; }

    /// <summary>Channels, controls and events of the spec.</summary>
    public int Channels => _channels;

    /// <inheritdoc cref="Channels"/>
    public int Controls => _controls;

    /// <inheritdoc cref="Channels"/>
    public int Events => _events;
}
