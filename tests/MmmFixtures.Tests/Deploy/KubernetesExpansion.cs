using System.Text;

namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// The variable references Kubernetes expands in a container's <c>command</c> and <c>args</c>: <c>$(NAME)</c> becomes
/// the variable's value when the container defines it and stays as written otherwise; <c>$$</c> is one <c>$</c>.
/// No shell is involved, so <c>$NAME</c> and globs stay as written.
/// </summary>
internal static class KubernetesExpansion
{
    public static string Expand(string text, IReadOnlyDictionary<string, string> variables)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 == text.Length) { result.Append(text[i]); continue; }
            char next = text[i + 1];
            int close = next == '(' ? text.IndexOf(')', i + 2) : -1;
            if (next == '$') { result.Append('$'); i++; }
            else if (close > 0 && variables.TryGetValue(text[(i + 2)..close], out string? value)) { result.Append(value); i = close; }
            else result.Append('$');
        }
        return result.ToString();
    }
}
