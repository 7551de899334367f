using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Walks a method body's IL and returns every method it can reach: call, callvirt, newobj, jmp (direct calls),
/// ldftn and ldvirtftn (delegates: lambdas, method groups), and ldtoken of a method (expression trees).
/// </summary>
internal static class ILScanner
{
    /// <summary>The method tokens (MethodDef, MemberRef or MethodSpec) that the body reaches, in IL order.</summary>
    /// <exception cref="BadImageFormatException">The IL is malformed.</exception>
    public static List<EntityHandle> MethodTargets(MethodBodyBlock body)
    {
        var targets = new List<EntityHandle>();
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var opCode = ReadOpCode(ref il);
            switch (opCode)
            {
                case ILOpCode.Call:
                case ILOpCode.Callvirt:
                case ILOpCode.Newobj:
                case ILOpCode.Jmp:
                case ILOpCode.Ldftn:
                case ILOpCode.Ldvirtftn:
                    targets.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case ILOpCode.Ldtoken:
                    var token = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (token.Kind == HandleKind.MethodDefinition || token.Kind == HandleKind.MemberReference || token.Kind == HandleKind.MethodSpecification)
                    {
                        // A MemberRef here may name a field; the resolver skips what is not a method.
                        targets.Add(token);
                    }

                    break;
                default:
                    SkipOperand(ref il, opCode);
                    break;
            }
        }

        return targets;
    }

    private static ILOpCode ReadOpCode(ref BlobReader il)
    {
        var first = il.ReadByte();
        return first == 0xFE ? (ILOpCode)(0xFE00 | il.ReadByte()) : (ILOpCode)first;
    }

    private static void SkipOperand(ref BlobReader il, ILOpCode opCode)
    {
        var size = OperandSize(opCode);
        if (size == SwitchOperand)
        {
            var count = il.ReadUInt32();
            il.Offset += checked((int)(count * 4));
        }
        else
        {
            il.Offset += size;
        }
    }

    private const int SwitchOperand = -1;

    // The 'no.' prefix (0xFE19) takes a one-byte operand; System.Reflection.Metadata's enum has no name for it.
    private const ILOpCode NoPrefix = (ILOpCode)0xFE19;

    private static int OperandSize(ILOpCode opCode)
    {
        switch (opCode)
        {
            case ILOpCode.Switch:
                return SwitchOperand;

            case ILOpCode.Ldarg_s:
            case ILOpCode.Ldarga_s:
            case ILOpCode.Starg_s:
            case ILOpCode.Ldloc_s:
            case ILOpCode.Ldloca_s:
            case ILOpCode.Stloc_s:
            case ILOpCode.Ldc_i4_s:
            case ILOpCode.Unaligned:
            case NoPrefix:
                return 1;

            case ILOpCode.Ldarg:
            case ILOpCode.Ldarga:
            case ILOpCode.Starg:
            case ILOpCode.Ldloc:
            case ILOpCode.Ldloca:
            case ILOpCode.Stloc:
                return 2;

            case ILOpCode.Ldc_i4:
            case ILOpCode.Ldc_r4:
            case ILOpCode.Calli:
            case ILOpCode.Ldstr:
            case ILOpCode.Ldfld:
            case ILOpCode.Ldflda:
            case ILOpCode.Stfld:
            case ILOpCode.Ldsfld:
            case ILOpCode.Ldsflda:
            case ILOpCode.Stsfld:
            case ILOpCode.Cpobj:
            case ILOpCode.Ldobj:
            case ILOpCode.Stobj:
            case ILOpCode.Castclass:
            case ILOpCode.Isinst:
            case ILOpCode.Unbox:
            case ILOpCode.Unbox_any:
            case ILOpCode.Box:
            case ILOpCode.Newarr:
            case ILOpCode.Ldelema:
            case ILOpCode.Ldelem:
            case ILOpCode.Stelem:
            case ILOpCode.Refanyval:
            case ILOpCode.Mkrefany:
            case ILOpCode.Initobj:
            case ILOpCode.Constrained:
            case ILOpCode.Sizeof:
                return 4;

            case ILOpCode.Ldc_i8:
            case ILOpCode.Ldc_r8:
                return 8;

            default:
                if (opCode.IsBranch())
                {
                    return opCode.GetBranchOperandSize();
                }

                return 0;
        }
    }
}
