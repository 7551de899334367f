using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Scopewise.Analyzers;

/// <summary>
/// A strict, dependency-free JSON reader for scope tables: objects become <see cref="Dictionary{TKey,TValue}"/>,
/// arrays <see cref="List{T}"/>, strings <see cref="string"/>, numbers <see cref="double"/>, literals bool/null.
/// </summary>
/// <remarks>Depth is limited so that a hostile file cannot overflow the compiler's stack.</remarks>
internal sealed class SmallJsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;

    private SmallJsonReader(string text)
    {
        _text = text;
    }

    /// <exception cref="FormatException">The text is not one JSON value.</exception>
    public static object? Parse(string text)
    {
        var reader = new SmallJsonReader(text);
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error("unexpected text after the JSON value");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nesting deeper than " + MaxDepth);
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of text");
        }

        switch (_text[_position])
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return ReadString();
            case 't': ExpectLiteral("true"); return true;
            case 'f': ExpectLiteral("false"); return false;
            case 'n': ExpectLiteral("null"); return null;
            default: return ReadNumber();
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
                throw Error("expected a property name");
            }

            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            result[key] = ReadValue(depth + 1);
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            Expect(',');
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

            Expect(',');
        }
    }

    private string ReadString()
    {
        _position++; // opening quote
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
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
                        throw Error("invalid \\u escape");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error("invalid escape '\\" + escape + "'");
            }
        }

        throw Error("unterminated string");
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }

        if (start == _position
            || !double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw Error("unexpected character");
        }

        return number;
    }

    private void ExpectLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character");
        }

        _position += literal.Length;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error("expected '" + c + "'");
        }
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
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string reason) =>
        new(reason + " at offset " + _position.ToString(CultureInfo.InvariantCulture));
}
