using System;
using MmmFixtures.Randomness;

namespace MmmFixtures.Series;

/// <summary>A user-supplied series: the value for a geo index, a period index and its date, with the geo × entity's own stream.</summary>
public delegate double CustomPattern(int geo, int period, DateTime date, RandomStream rng);
