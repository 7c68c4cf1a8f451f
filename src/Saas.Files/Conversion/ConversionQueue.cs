using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Saas.Files.Conversion;

/// <summary>
/// The bounded queue between requests and the LibreOffice workers. Writing never waits: a full queue is refused at
/// once, so a burst of uploads gets a clear "busy" answer instead of requests that hang until they time out.
/// </summary>
public sealed class ConversionQueue(IOptions<ConversionOptions> options)
{
    private readonly Channel<ConversionJob> _channel = Channel.CreateBounded<ConversionJob>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = false, SingleReader = false });

    public bool TryEnqueue(ConversionJob job) => _channel.Writer.TryWrite(job);

    public ChannelReader<ConversionJob> Reader => _channel.Reader;
}
