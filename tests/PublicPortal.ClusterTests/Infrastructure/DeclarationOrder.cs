using System.Runtime.CompilerServices;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PublicPortal.ClusterTests.Infrastructure;

/// <summary>A fact of a class whose tests share one cluster and run in the order they are written (the last one kills a
/// node).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute([CallerLineNumber] int line = 0) : FactAttribute
{
    public int Line { get; } = line;
}

/// <summary>Orders a class's tests by the line their <see cref="ClusterFactAttribute"/> is on.</summary>
public sealed class DeclarationOrderer : ITestCaseOrderer
{
    public const string TypeName = "PublicPortal.ClusterTests.Infrastructure.DeclarationOrderer";
    public const string AssemblyName = "PublicPortal.ClusterTests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(test => test.TestMethod.Method.GetCustomAttributes(typeof(ClusterFactAttribute))
            .Select(a => (int)a.GetConstructorArguments().First()).FirstOrDefault());
}
