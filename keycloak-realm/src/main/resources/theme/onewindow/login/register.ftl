<#-- 统一注册 (002 6.4 a): one registration page for every OneWindow application. OneWindow's own
     template on the parent theme's layout and user-profile macros: the profile's fields, the
     password twice (the realm's password policy applies), and a note on real-name levels. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "user-profile-commons.ftl" as userProfileCommons>
<#import "password-validation.ftl" as validator>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
<!-- template: register.ftl (onewindow) -->
    <#if section = "header">
        ${msg("registerTitle")}
    <#elseif section = "form">
        <p id="register-intro" class="${properties.kcFormHelperTextClass!}">${msg("registerIntro")}</p>
        <form id="kc-register-form" class="${properties.kcFormClass!}" action="${url.registrationAction}" method="post" novalidate="novalidate">
            <@userProfileCommons.userProfileFormFields; callback, attribute>
                <#if callback = "afterField">
                    <#if passwordRequired?? && (attribute.name == 'username' || (attribute.name == 'email' && realm.registrationEmailAsUsername))>
                        <@field.password name="password" required=true label=msg("password") autocomplete="new-password" />
                        <@field.password name="password-confirm" required=true label=msg("passwordConfirm") autocomplete="new-password" />
                    </#if>
                </#if>
            </@userProfileCommons.userProfileFormFields>

            <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                <input id="kc-register" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" value="${msg("doRegister")}"/>
            </div>

            <div class="${properties.kcFormGroupClass!}">
                <div id="kc-form-options" class="${properties.kcFormOptionsClass!}">
                    <span><a id="back-to-login" href="${url.loginUrl}">${msg("backToLogin")}</a></span>
                </div>
            </div>
        </form>

        <@validator.templates/>
        <@validator.script field="password"/>
    </#if>
</@layout.registrationLayout>
