using System;

namespace MmmFixtures.Mmm;

/// <summary>
/// The row columns of a panel that an export generated for itself (<see cref="MmmFamily"/> without a report) are released
/// once written, so the budget optimiser's curves do not sit on top of them; reading one afterwards is a bug, reported here.
/// </summary>
internal static class ReleasedRows
{
    /// <summary><paramref name="rows"/>, or an exception when they were released.</summary>
    public static T Held<T>(T? rows) where T : class =>
        rows ?? throw new InvalidOperationException("The panel's rows were released by the export that generated it (an export-only panel).");
}
