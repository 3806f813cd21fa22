# syntax=docker/dockerfile:1
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props DanVan.Bot.sln ./
COPY src/DanVan.Core/DanVan.Core.csproj src/DanVan.Core/
COPY src/DanVan.Bot/DanVan.Bot.csproj src/DanVan.Bot/
RUN dotnet restore src/DanVan.Bot/DanVan.Bot.csproj
COPY src/ src/
RUN dotnet publish src/DanVan.Bot/DanVan.Bot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# pdftotext for PDF uploads.
RUN apt-get update \
    && apt-get install -y --no-install-recommends poppler-utils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
COPY knowledge/ ./knowledge/
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV Storage__DatabasePath=/app/data/danvan.db \
    ASPNETCORE_URLS=http://+:8080
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "DanVan.Bot.dll"]
CMD ["run"]
