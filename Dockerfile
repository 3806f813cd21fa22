# syntax=docker/dockerfile:1
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props DanVan.Bot.sln ./
COPY src/DanVan.Core/DanVan.Core.csproj src/DanVan.Core/
COPY src/DanVan.Bot/DanVan.Bot.csproj src/DanVan.Bot/
RUN dotnet restore src/DanVan.Bot/DanVan.Bot.csproj -r linux-x64
COPY src/ src/
# linux-x64 only: without a runtime identifier the output carries SQLite's native library for 30 platforms
# (86 MB → 20 MB); satellite resources other than English are left out too.
RUN dotnet publish src/DanVan.Bot/DanVan.Bot.csproj -c Release -r linux-x64 --self-contained false \
        -p:SatelliteResourceLanguages=en -p:UseAppHost=false -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
COPY knowledge/ ./knowledge/
# The aspnet image's non-root user `app` has uid/gid 1654 ($APP_UID); the database volume must be writable by it.
RUN mkdir -p /app/data && chown -R $APP_UID:$APP_UID /app/data
USER $APP_UID
# /healthz on port 8080 in both modes (polling answers nothing else there; webhooks arrive on it).
ENV Storage__DatabasePath=/app/data/danvan.db \
    Telegram__ListenUrls=http://+:8080
VOLUME ["/app/data"]
EXPOSE 8080
# No curl in the image: the app's own `health` verb calls /healthz (or checks the database when no port is open).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "DanVan.Bot.dll", "health"]
ENTRYPOINT ["dotnet", "DanVan.Bot.dll"]
CMD ["run"]
