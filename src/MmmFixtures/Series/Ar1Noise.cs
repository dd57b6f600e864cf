using System;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Series;

/// <summary>
/// A stationary AR(1) process η_t = φ η_{t−1} + σ √(1 − φ²) z_t with η_0 = σ z_0, so every η_t has standard
/// deviation σ: the multiplicative noise of patterned series and the anomalies of weather. One standard normal
/// per period, always, so the draws of period t never depend on a parameter's value.
/// </summary>
internal struct Ar1Noise
{
    private readonly RandomStream _stream;
    private readonly double _phi, _sigma, _innovation;
    private double _eta;
    private bool _started;

    /// <param name="stream">The process's own stream.</param>
    /// <param name="autocorrelation">φ in (−1, 1).</param>
    /// <param name="sigma">The marginal standard deviation σ ≥ 0.</param>
    public Ar1Noise(RandomStream stream, double autocorrelation, double sigma)
    {
        _stream = stream;
        _phi = autocorrelation;
        _sigma = sigma;
        _innovation = sigma * Math.Sqrt(1 - autocorrelation * autocorrelation);
        _eta = 0;
        _started = false;
    }

    /// <summary>The next value η_t.</summary>
    public double Next()
    {
        double z = _stream.StandardNormal();
        _eta = _started ? _phi * _eta + _innovation * z : _sigma * z;
        _started = true;
        return _eta;
    }
}
