using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StateLedListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_AspectId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_CityId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_IndustryId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_JurisdictionId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_AspectId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_CityId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_IndustryId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_JurisdictionId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_AspectId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_CityId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_IndustryId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_JurisdictionId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_AspectId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_CityId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_IndustryId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_JurisdictionId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_AspectId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_CityId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_IndustryId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_JurisdictionId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_PublishedAt",
                table: "Announcements");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_AspectId",
                table: "SealingNotices",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_CityId",
                table: "SealingNotices",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_IndustryId",
                table: "SealingNotices",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_JurisdictionId",
                table: "SealingNotices",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_AspectId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_CityId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_IndustryId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_JurisdictionId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_UpdatedAt",
                table: "SealingNotices",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_Register_Id",
                table: "RegisterChanges",
                columns: new[] { "Register", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_AspectId",
                table: "QualityFailures",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_CityId",
                table: "QualityFailures",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_IndustryId",
                table: "QualityFailures",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_JurisdictionId",
                table: "QualityFailures",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_AspectId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_CityId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_IndustryId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_JurisdictionId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_UpdatedAt",
                table: "QualityFailures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_AspectId",
                table: "PhaseOutEntries",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_CityId",
                table: "PhaseOutEntries",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_IndustryId",
                table: "PhaseOutEntries",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_JurisdictionId",
                table: "PhaseOutEntries",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_AspectId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_CityId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_IndustryId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_JurisdictionId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_UpdatedAt",
                table: "PhaseOutEntries",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_AspectId",
                table: "EmissionViolations",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_CityId",
                table: "EmissionViolations",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_IndustryId",
                table: "EmissionViolations",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_JurisdictionId",
                table: "EmissionViolations",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_AspectId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_CityId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_IndustryId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_JurisdictionId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_UpdatedAt",
                table: "EmissionViolations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_AspectId",
                table: "CardListings",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_CityId",
                table: "CardListings",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_IndustryId",
                table: "CardListings",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_JurisdictionId",
                table: "CardListings",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_AspectId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_CityId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_IndustryId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_JurisdictionId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_UpdatedAt",
                table: "CardListings",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_State_PublishedAt",
                table: "Announcements",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_UpdatedAt",
                table: "Announcements",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_AspectId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_CityId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_IndustryId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_JurisdictionId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_AspectId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_CityId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_IndustryId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_JurisdictionId_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_Year_PublishedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_UpdatedAt",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_RegisterChanges_Register_Id",
                table: "RegisterChanges");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_AspectId",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_CityId",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_IndustryId",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_JurisdictionId",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_AspectId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_CityId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_IndustryId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_JurisdictionId_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_Year_PublishedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_UpdatedAt",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_AspectId",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_CityId",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_IndustryId",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_JurisdictionId",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_AspectId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_CityId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_IndustryId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_JurisdictionId_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_Year_PublishedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_UpdatedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_AspectId",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_CityId",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_IndustryId",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_JurisdictionId",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_AspectId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_CityId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_IndustryId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_JurisdictionId_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_Year_PublishedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_UpdatedAt",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_AspectId",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_CityId",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_IndustryId",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_JurisdictionId",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_AspectId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_CityId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_IndustryId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_JurisdictionId_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_Year_PublishedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_UpdatedAt",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_State_PublishedAt",
                table: "Announcements");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_UpdatedAt",
                table: "Announcements");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_AspectId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_CityId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_IndustryId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_JurisdictionId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_AspectId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_CityId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_IndustryId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_JurisdictionId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_AspectId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_CityId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_IndustryId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_JurisdictionId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_AspectId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_CityId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_IndustryId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_JurisdictionId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_AspectId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_CityId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_IndustryId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_JurisdictionId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_PublishedAt",
                table: "Announcements",
                column: "PublishedAt");
        }
    }
}
