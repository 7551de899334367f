using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Scopewise.Shared.Json;

/// <summary>
/// A small strict JSON parser into plain objects (<see cref="Dictionary{TKey,TValue}"/>, <see cref="List{T}"/>,
/// <see cref="string"/>, <see cref="double"/>, <see cref="bool"/>, null).
/// </summary>
/// <remarks>
/// Compiled as linked source into both the analyzers and the build task. Hand-written because neither may bring a
/// JSON library: the analyzers load in the compiler (in Visual Studio on .NET Framework, where System.Text.Json may
/// not load) and the task in whichever MSBuild runs it, each with its own System.Text.Json version. Scope tables and
/// manifests are small, so a straightforward recursive parser is enough; depth is limited so that a hostile file
/// cannot overflow the host's stack.
/// </remarks>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _position;

    private JsonReader(string text)
    {
        _text = text;
    }

    /// <summary>Parses one JSON document; throws <see cref="JsonParseException"/> with line and column on bad input.</summary>
    public static object? Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        if (reader._position < text.Length && text[reader._position] == '\uFEFF')
        {
            reader._position++;
            reader.SkipWhitespace();
        }

        var value = reader.ReadValue(depth: 0);
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > 64)
        {
            throw Error("nesting is deeper than 64 levels");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of the document");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                ExpectWord("true");
                return true;
            case 'f':
                ExpectWord("false");
                return false;
            case 'n':
                ExpectWord("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            var nameStart = _position;
            var name = ReadString();
            if (result.ContainsKey(name))
            {
                _position = nameStart;
                throw Error($"property '{name}' appears twice");
            }

            SkipWhitespace();
            if (!TryConsume(':'))
            {
                throw Error("expected ':' after a property name");
            }

            result[name] = ReadValue(depth + 1);
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("expected ',' or '}' in an object");
            }
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        while (true)
        {
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("a string is not closed");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                _position--;
                throw Error("a control character must be escaped inside a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("a string is not closed");
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("\\u must be followed by four hex digits");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error($"unknown escape '\\{escape}'");
            }
        }
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }

        var token = _text.Substring(start, _position - start);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            _position = start;
            throw Error($"'{token}' is not a number");
        }

        return number;
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"unexpected word (expected '{word}')");
        }

        _position += word.Length;
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
        {
            _position++;
        }
    }

    private JsonParseException Error(string reason)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new JsonParseException(reason, line, column);
    }
}
