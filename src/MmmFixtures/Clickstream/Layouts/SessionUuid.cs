using System;
using MmmFixtures.Randomness;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// A session's UUID as REES46 writes <c>user_session</c> (<c>26dd6e6e-4dac-4778-8d2c-92e149dab885</c>): a version-4
/// layout whose 122 random bits come from the stream key <c>layout/session/&lt;session id&gt;</c>, so the same session
/// always gets the same UUID and two sessions practically never share one.
/// </summary>
internal sealed class SessionUuid
{
    private readonly StreamKey _sessions;

    public SessionUuid(ulong seed) => _sessions = StreamKey.Root(seed).Then("layout").Then("session");

    /// <summary>Writes the 36 characters of <paramref name="sessionId"/>'s UUID into <paramref name="destination"/> and returns them.</summary>
    public ReadOnlySpan<char> Format(long sessionId, Span<char> destination)
    {
        ulong high = _sessions.Then(sessionId).Value;
        ulong low = SplitMix64.Mix(high ^ SplitMix64.GoldenGamma);
        high = (high & ~0xF000UL) | 0x4000UL; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL; // RFC 4122 variant
        int at = 0;
        for (int nibble = 15; nibble >= 0; nibble--)
        {
            if (nibble is 7 or 3) destination[at++] = '-';
            destination[at++] = Hex(high >> (4 * nibble));
        }
        for (int nibble = 15; nibble >= 0; nibble--)
        {
            if (nibble == 15 || nibble == 11) destination[at++] = '-';
            destination[at++] = Hex(low >> (4 * nibble));
        }
        return destination.Slice(0, 36);
    }

    private static char Hex(ulong value) => "0123456789abcdef"[(int)(value & 0xF)];
}
