using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InterviewPrep.Web.Components.Shared;

/// <summary>Moving keyboard focus after a render, without letting a late request crash the circuit.</summary>
public static class FocusExtensions
{
    /// <summary>
    /// Focuses <paramref name="element"/>. A fast user can make the next render replace the element
    /// before the browser receives the request (or act before it is first rendered), and a closed
    /// tab has no browser at all; in each case there is nothing to focus, so the request is dropped
    /// rather than failing the page.
    /// </summary>
    /// <returns>False when the element has not been rendered yet, so the caller can ask again after the next render.</returns>
    public static async Task<bool> FocusSafelyAsync(this ElementReference element)
    {
        if (element.Context is null)
        {
            return false;
        }

        try
        {
            await element.FocusAsync();
        }
        catch (JSException)
        {
            // The element is no longer in the page.
        }
        catch (JSDisconnectedException)
        {
            // The browser has gone.
        }

        return true;
    }
}
