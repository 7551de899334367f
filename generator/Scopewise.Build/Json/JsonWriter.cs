using System.Globalization;
using System.Text;

namespace Scopewise.Build.Json;

/// <summary>
/// Writes indented JSON with "\n" line ends and two-space indentation, so the same manifest is byte-identical
/// on every machine and operating system.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _builder = new StringBuilder();
    private int _depth;
    private bool _needsComma;

    public void StartObject(string? name = null) => Open(name, '{');

    public void EndObject() => Close('}');

    public void StartArray(string? name = null) => Open(name, '[');

    public void EndArray() => Close(']');

    public void String(string? name, string? value)
    {
        BeginValue(name);
        if (value is null)
        {
            _builder.Append("null");
        }
        else
        {
            AppendQuoted(value);
        }
    }

    public void Boolean(string? name, bool value)
    {
        BeginValue(name);
        _builder.Append(value ? "true" : "false");
    }

    public void Number(string? name, int value)
    {
        BeginValue(name);
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public override string ToString() => _builder.ToString() + "\n";

    private void Open(string? name, char bracket)
    {
        BeginValue(name);
        _builder.Append(bracket);
        _depth++;
        _needsComma = false;
    }

    private void Close(char bracket)
    {
        _depth--;
        if (_needsComma)
        {
            NewLine();
        }

        _builder.Append(bracket);
        _needsComma = true;
    }

    private void BeginValue(string? name)
    {
        if (_needsComma)
        {
            _builder.Append(',');
        }

        if (_depth > 0)
        {
            NewLine();
        }

        if (name != null)
        {
            AppendQuoted(name);
            _builder.Append(": ");
        }

        _needsComma = true;
    }

    private void NewLine()
    {
        _builder.Append('\n');
        _builder.Append(' ', _depth * 2);
    }

    private void AppendQuoted(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
