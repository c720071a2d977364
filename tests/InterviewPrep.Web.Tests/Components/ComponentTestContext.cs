using Bunit;
using InterviewPrep.Core.Content;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewPrep.Web.Tests.Components;

/// <summary>
/// The one place that gives components under test what the app gives them: logging, the real
/// content catalog from the repository's content/ and a JS runtime that answers every call.
/// MudBlazor's services are registered here, once, for components that use the library.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    // Loading and validating content/ takes a while and the catalog is immutable: one per test run.
    private static readonly Lazy<ContentCatalog> SharedCatalog =
        new(() => ContentLoader.LoadOrThrow(Path.Combine(WebAppFactory.RepoRoot, "content")));

    protected ComponentTestContext()
    {
        Services.AddLogging();
        Services.AddSingleton(SharedCatalog.Value);
        Services.AddMudServices();
        Services.AddScoped<InterviewPrep.Web.Services.BrowserTime>();

        // Components call JS for focus and drafts; a test asserts on markup, not on those calls.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected static ContentCatalog Catalog => SharedCatalog.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 only calls Dispose(); services that are only async-disposable (MudBlazor's) need
    // the asynchronous path, so the context is disposed here first.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
