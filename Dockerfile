# syntax=docker/dockerfile:1
# Production image of the platform host (Saas.Host): web UI, REST API and the operator verbs
# `migrate` and `tenants apply <folder>`. Used by docker-compose.yml.
# NOTE: this file has not been built on the development machines (no container engine there);
# it mirrors what infra/dev/run.sh does with `dotnet build` + `dotnet Saas.Host.dll`.

# ---- build ---------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first (layer cached until a project file or the central package versions change).
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Saas.Platform/Saas.Platform.csproj   src/Saas.Platform/
COPY src/Saas.Tenancy/Saas.Tenancy.csproj     src/Saas.Tenancy/
COPY src/Saas.Identity/Saas.Identity.csproj   src/Saas.Identity/
COPY src/Saas.Documents/Saas.Documents.csproj src/Saas.Documents/
COPY src/Saas.Host/Saas.Host.csproj           src/Saas.Host/
RUN dotnet restore src/Saas.Host/Saas.Host.csproj

# Only the host and the modules it references; the development identity server and the tests
# are not part of the production image.
COPY src/Saas.Platform/  src/Saas.Platform/
COPY src/Saas.Tenancy/   src/Saas.Tenancy/
COPY src/Saas.Identity/  src/Saas.Identity/
COPY src/Saas.Documents/ src/Saas.Documents/
COPY src/Saas.Host/      src/Saas.Host/
RUN dotnet publish src/Saas.Host/Saas.Host.csproj -c Release -o /out --no-restore -p:UseAppHost=false

# ---- runtime -------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# The aspnet image already listens on 8080 (ASPNETCORE_HTTP_PORTS) and ships ICU and tzdata, which the
# host needs (vi-VN culture, Asia/Ho_Chi_Minh time zone; InvariantGlobalization is off).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true

# DOCX drafts become PDFs with LibreOffice headless; the host refuses to start without it unless
# Conversion:Enabled is false. Liberation fonts: Times New Roman metrics and every Vietnamese letter.
RUN apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=build /out ./
# Production overrides: development secrets of appsettings.json are blanked, so a container that is
# started without its environment variables fails instead of using dev-only passwords.
COPY infra/docker/appsettings.Production.json ./appsettings.Production.json
# Declarative tenant data (tenants/<province>/...), applied with `tenants apply /app/tenants/thanh-hoa`
# and read as Tenancy:ManifestFolder for level defaults of tenants onboarded from the UI/API.
COPY tenants/ /app/tenants/

# Non-root: the 'app' user (APP_UID) that the .NET images provide.
USER $APP_UID
EXPOSE 8080

# No verb = serve. Verbs: `migrate`, `tenants apply <folder>`; configuration as --Section:Key value
# or environment variables Section__Key.
ENTRYPOINT ["dotnet", "Saas.Host.dll"]
