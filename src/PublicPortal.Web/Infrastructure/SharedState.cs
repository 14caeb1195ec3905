using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The state several nodes must share. With ConnectionStrings:Redis empty everything stays in this process's memory, as
/// one node needs; with it set, the output cache, the distributed cache (used human-check answers) and the rate-limit
/// counters (<see cref="SharedRateLimit"/>) live in Redis under Redis:InstanceName, each falling back to this node's
/// memory for any call Redis cannot answer (<see cref="SharedRedis"/>). Data Protection keys are in the database for every
/// shape (see <see cref="KeyRingStartup"/> for nodes that start together).
/// </summary>
public static class SharedState
{
    /// <summary>After <see cref="WebServiceCollectionExtensions.AddPortalWeb"/>, whose output cache store it wraps.</summary>
    public static IServiceCollection AddPortalSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SharedStateOptions>().BindConfiguration(SharedStateOptions.Section);
        services.AddSingleton<SharedRedis>();
        services.AddHostedService<SharedRedisConnector>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnection.ConnectionStringName)))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        // The output cache: AddOutputCache's memory store becomes the fallback of Redis's store.
        var memoryStore = Take(services, "AddPortalWeb");
        services.AddStackExchangeRedisOutputCache(_ => { });
        var redisStore = Take(services, "AddStackExchangeRedisOutputCache");
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<RedisConnection, IOptions<SharedStateOptions>>((o, redis, shared) =>
            {
                o.InstanceName = shared.Value.InstanceName;
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
            });
        services.AddSingleton<IOutputCacheStore>(sp => new SharedOutputCacheStore(
            Create(sp, redisStore), Create(sp, memoryStore), sp.GetRequiredService<SharedRedis>()));

        services.AddSingleton<IDistributedCache>(sp =>
        {
            var redis = sp.GetRequiredService<RedisConnection>();
            var shared = sp.GetRequiredService<IOptions<SharedStateOptions>>().Value;
            // Not disposed by the container (made here, not registered): Redis's connection belongs to RedisConnection.
            var inRedis = new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = shared.InstanceName, ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer),
            }));
            var inMemory = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
            return new SharedDistributedCache(inRedis, inMemory, sp.GetRequiredService<SharedRedis>());
        });
        return services;
    }

    /// <summary>Removes the output cache store registered by <paramref name="registeredBy"/>, to be wrapped.</summary>
    private static ServiceDescriptor Take(IServiceCollection services, string registeredBy)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException($"No output cache store: call {registeredBy} first.");
        services.Remove(descriptor);
        return descriptor;
    }

    private static IOutputCacheStore Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (IOutputCacheStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
